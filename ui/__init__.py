"""The Streamlit app: calls the core (`assistant`) and renders. No business logic here."""
