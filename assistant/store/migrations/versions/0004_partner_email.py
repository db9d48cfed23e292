"""partner e-mail: an optional address, so calendar invitations can be matched to a partner

Revision ID: 0003_partner_email
Revises: 0003_note_readings
Create Date: 2026-12-05 14:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003_partner_email'
down_revision: Union[str, Sequence[str], None] = '0003_note_readings'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email', sa.String(length=254), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.drop_column('email')
