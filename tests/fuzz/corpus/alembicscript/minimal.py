"""m"""
revision = "a1"
down_revision = ("b", "c")
branch_labels = ("x",)
depends_on = None
