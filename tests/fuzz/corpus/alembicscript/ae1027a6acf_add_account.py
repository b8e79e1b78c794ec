"""add account

Revision ID: ae1027a6acf
Revises: 1975ea83b712
Create Date: 2023-05-01 10:00:00.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "ae1027a6acf"
down_revision: Union[str, None] = "1975ea83b712"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("""
revision = 'not_this_one'
CREATE TABLE account (id serial PRIMARY KEY);
""")


def downgrade() -> None:
    op.drop_table("account")
