"""empty message

Revision ID: 27c6a30d7c24
Revises: 1975ea83b712
Create Date: 2015-06-07 08:09:10.111213

"""

# revision identifiers, used by Alembic.
revision = "27c6a30d7c24"
down_revision = "1975ea83b712"

from alembic import op  # noqa: E402


def upgrade():
    op.add_column("users", op.Column("x", op.Integer()))  # revision = "nope"


def downgrade():
    pass
