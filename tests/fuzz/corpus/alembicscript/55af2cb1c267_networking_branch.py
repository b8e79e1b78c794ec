# -*- coding: utf-8 -*-
r"""create networking branch: Tiếng Việt ok

Revision ID: 55af2cb1c267
Revises:
Create Date: 2024-02-03 09:10:11.000000+07:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = "55af2cb1c267"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = ("networking",)
depends_on: Union[str, Sequence[str], None] = [
    "ae1027a6acf",  # the account table
    '1975ea83b712',
]


def upgrade() -> None:
    op.execute("CREATE TABLE ip (addr inet)")


def downgrade() -> None:
    op.execute("DROP TABLE ip")
