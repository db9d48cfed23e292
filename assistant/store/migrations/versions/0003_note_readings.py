"""note readings: the CIO's corrections to a note's speakers and entry dates

Revision ID: 0003_note_readings
Revises: 0002
Create Date: 2026-12-05 14:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003_note_readings'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'note_readings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('workspace_id', sa.Integer(), nullable=False),
        sa.Column('note_id', sa.Integer(), nullable=False),
        sa.Column('speakers', sa.JSON(), nullable=False),
        sa.Column('dates', sa.JSON(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['note_id'], ['notes.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['workspace_id'], ['workspaces.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('note_readings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_readings_note_id'), ['note_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_note_readings_workspace_id'), ['workspace_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('note_readings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_readings_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_note_readings_note_id'))
    op.drop_table('note_readings')
