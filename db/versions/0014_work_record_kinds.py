"""Four record kinds the seed plans ask offices to report: border self-management groups (tổ tự
quản đường biên, cột mốc), associations of overseas Vietnamese's relatives (hội, chi hội thân nhân
kiều bào), training courses (lớp tập huấn, bồi dưỡng) and propaganda products (sản phẩm tuyên truyền)

Revision ID: 0014
Revises: 0013

Four new tables with the columns every synced record table has (origin office and site, version
vector, field stamps, tombstone flag, change_seq, search_text), a Vietnamese sort key for the name,
the (deleted, column, id) list-order index for each sortable list column (as revision 0010 gave the
older tables), and their search indexes: on SQLite the two FTS5 tables of revisions 0002 (trigram)
and 0005 (word prefixes) with their triggers; on PostgreSQL the GIN trigram index of revision 0006.

Nothing existing changes and nothing a person must check: the tables start empty. The report
template version 3 (resources/templates) computes the border self-management figures from them,
which were typed by hand; reports made with version 2 keep their hand-entered figures.
Works on SQLite and PostgreSQL. Written out here (not imported) so it keeps doing what it did.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_TABLES = ("border_groups", "relatives_associations", "training_courses", "propaganda_products")


def _fts_ddl(table: str, suffix: str) -> list[str]:
    """SQLite: the FTS5 table `suffix` ("_fts" trigram, "_words" word prefixes) of `table`, kept to
    live rows by three triggers (storage/sqlite.py describes both indexes)."""
    fts = table + suffix
    if suffix == "_fts":
        create = f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='', tokenize='trigram')"
        doc = "' ' || coalesce({0}.search_text, '')"
    else:
        create = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='', "
                  f"tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail='none')")
        doc = "coalesce({0}.search_text, '')"
    return [
        create,
        (f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN new.deleted = 0 BEGIN "
         f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, {doc.format('new')}); END"),
        (f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} WHEN old.deleted = 0 BEGIN "
         f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.rowid, {doc.format('old')}); END"),
        (f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text, deleted ON {table} BEGIN "
         f"INSERT INTO {fts}({fts}, rowid, search_text) SELECT 'delete', old.rowid, {doc.format('old')} "
         f"WHERE old.deleted = 0; "
         f"INSERT INTO {fts}(rowid, search_text) SELECT new.rowid, {doc.format('new')} WHERE new.deleted = 0; END"),
    ]


def _search_indexes() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in _TABLES:
            for suffix in ("_fts", "_words"):
                for stmt in _fts_ddl(table, suffix):
                    op.execute(stmt)
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table in _TABLES:
            op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_search_trgm ON {table} "
                       f"USING gin ((' ' || search_text) gin_trgm_ops)")


def _drop_search_indexes() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in _TABLES:
            for suffix in ("_fts", "_words"):
                for trigger in ("_ai", "_ad", "_au"):
                    op.execute(f"DROP TRIGGER IF EXISTS {table}{suffix}{trigger}")
                op.execute(f"DROP TABLE IF EXISTS {table}{suffix}")
    else:
        for table in _TABLES:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")


def upgrade() -> None:
    op.create_table('border_groups',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_sort', sa.String(length=600).with_variant(sa.String(length=600, collation='C'), 'postgresql'), nullable=False),
    sa.Column('commune_code', sa.Integer(), nullable=True),
    sa.Column('village', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('established_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('leader', sa.String(length=200), nullable=True),
    sa.Column('members', sa.Integer(), nullable=True),
    sa.Column('households', sa.Integer(), nullable=True),
    sa.Column('border_length_m', sa.Integer(), nullable=True),
    sa.Column('markers', sa.Integer(), nullable=True),
    sa.Column('marker_numbers', sa.String(length=300), nullable=True),
    sa.Column('activities', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_office_id', sa.String(length=36), nullable=True),
    sa.Column('origin_site_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.JSON(), nullable=False),
    sa.Column('field_stamps', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_border_groups'))
    )
    with op.batch_alter_table('border_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_border_groups_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_border_groups_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_border_groups_deleted'), ['deleted'], unique=False)
        batch_op.create_index('ix_border_groups_live_border_length_m', ['deleted', 'border_length_m', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_commune_code', ['deleted', 'commune_code', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_country', ['deleted', 'country', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_households', ['deleted', 'households', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_markers', ['deleted', 'markers', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_members', ['deleted', 'members', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_name_sort', ['deleted', 'name_sort', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_status', ['deleted', 'status', 'id'], unique=False)
        batch_op.create_index('ix_border_groups_live_village', ['deleted', 'village', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_border_groups_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_border_groups_origin_office_id'), ['origin_office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_border_groups_updated_at'), ['updated_at'], unique=False)

    op.create_table('propaganda_products',
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('title_sort', sa.String(length=1000).with_variant(sa.String(length=1000, collation='C'), 'postgresql'), nullable=False),
    sa.Column('product_type', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('reach', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(length=500), nullable=True),
    sa.Column('link', sa.String(length=500), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_office_id', sa.String(length=36), nullable=True),
    sa.Column('origin_site_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.JSON(), nullable=False),
    sa.Column('field_stamps', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_propaganda_products'))
    )
    with op.batch_alter_table('propaganda_products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_propaganda_products_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_propaganda_products_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_propaganda_products_deleted'), ['deleted'], unique=False)
        batch_op.create_index('ix_propaganda_products_live_channel', ['deleted', 'channel', 'id'], unique=False)
        batch_op.create_index('ix_propaganda_products_live_date', ['deleted', 'date', 'id'], unique=False)
        batch_op.create_index('ix_propaganda_products_live_product_type', ['deleted', 'product_type', 'id'], unique=False)
        batch_op.create_index('ix_propaganda_products_live_quantity', ['deleted', 'quantity', 'id'], unique=False)
        batch_op.create_index('ix_propaganda_products_live_reach', ['deleted', 'reach', 'id'], unique=False)
        batch_op.create_index('ix_propaganda_products_live_title_sort', ['deleted', 'title_sort', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_propaganda_products_origin_office_id'), ['origin_office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_propaganda_products_title_sort'), ['title_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_propaganda_products_updated_at'), ['updated_at'], unique=False)

    op.create_table('relatives_associations',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_sort', sa.String(length=600).with_variant(sa.String(length=600, collation='C'), 'postgresql'), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('commune_code', sa.Integer(), nullable=True),
    sa.Column('established_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('chair', sa.String(length=200), nullable=True),
    sa.Column('members', sa.Integer(), nullable=True),
    sa.Column('branches', sa.Integer(), nullable=True),
    sa.Column('meetings', sa.Integer(), nullable=True),
    sa.Column('last_meeting_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_office_id', sa.String(length=36), nullable=True),
    sa.Column('origin_site_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.JSON(), nullable=False),
    sa.Column('field_stamps', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relatives_associations'))
    )
    with op.batch_alter_table('relatives_associations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relatives_associations_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_relatives_associations_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_relatives_associations_deleted'), ['deleted'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_branches', ['deleted', 'branches', 'id'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_commune_code', ['deleted', 'commune_code', 'id'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_last_meeting_date', ['deleted', 'last_meeting_date', 'id'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_level', ['deleted', 'level', 'id'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_meetings', ['deleted', 'meetings', 'id'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_members', ['deleted', 'members', 'id'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_name_sort', ['deleted', 'name_sort', 'id'], unique=False)
        batch_op.create_index('ix_relatives_associations_live_status', ['deleted', 'status', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relatives_associations_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_relatives_associations_origin_office_id'), ['origin_office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relatives_associations_updated_at'), ['updated_at'], unique=False)

    op.create_table('training_courses',
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('title_sort', sa.String(length=1000).with_variant(sa.String(length=1000, collation='C'), 'postgresql'), nullable=False),
    sa.Column('topic', sa.String(length=500), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('location', sa.String(length=500), nullable=True),
    sa.Column('organiser', sa.String(length=300), nullable=True),
    sa.Column('audience', sa.String(length=500), nullable=True),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_office_id', sa.String(length=36), nullable=True),
    sa.Column('origin_site_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.JSON(), nullable=False),
    sa.Column('field_stamps', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_courses'))
    )
    with op.batch_alter_table('training_courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_courses_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_courses_deleted'), ['deleted'], unique=False)
        batch_op.create_index('ix_training_courses_live_location', ['deleted', 'location', 'id'], unique=False)
        batch_op.create_index('ix_training_courses_live_participants', ['deleted', 'participants', 'id'], unique=False)
        batch_op.create_index('ix_training_courses_live_start_date', ['deleted', 'start_date', 'id'], unique=False)
        batch_op.create_index('ix_training_courses_live_title_sort', ['deleted', 'title_sort', 'id'], unique=False)
        batch_op.create_index('ix_training_courses_live_topic', ['deleted', 'topic', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_courses_origin_office_id'), ['origin_office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_courses_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_courses_title_sort'), ['title_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_courses_updated_at'), ['updated_at'], unique=False)
    _search_indexes()


def downgrade() -> None:
    _drop_search_indexes()
    with op.batch_alter_table('training_courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_courses_updated_at'))
        batch_op.drop_index(batch_op.f('ix_training_courses_title_sort'))
        batch_op.drop_index(batch_op.f('ix_training_courses_start_date'))
        batch_op.drop_index(batch_op.f('ix_training_courses_origin_office_id'))
        batch_op.drop_index('ix_training_courses_live_topic')
        batch_op.drop_index('ix_training_courses_live_title_sort')
        batch_op.drop_index('ix_training_courses_live_start_date')
        batch_op.drop_index('ix_training_courses_live_participants')
        batch_op.drop_index('ix_training_courses_live_location')
        batch_op.drop_index(batch_op.f('ix_training_courses_deleted'))
        batch_op.drop_index(batch_op.f('ix_training_courses_change_seq'))

    op.drop_table('training_courses')
    with op.batch_alter_table('relatives_associations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relatives_associations_updated_at'))
        batch_op.drop_index(batch_op.f('ix_relatives_associations_origin_office_id'))
        batch_op.drop_index(batch_op.f('ix_relatives_associations_name_sort'))
        batch_op.drop_index('ix_relatives_associations_live_status')
        batch_op.drop_index('ix_relatives_associations_live_name_sort')
        batch_op.drop_index('ix_relatives_associations_live_members')
        batch_op.drop_index('ix_relatives_associations_live_meetings')
        batch_op.drop_index('ix_relatives_associations_live_level')
        batch_op.drop_index('ix_relatives_associations_live_last_meeting_date')
        batch_op.drop_index('ix_relatives_associations_live_commune_code')
        batch_op.drop_index('ix_relatives_associations_live_branches')
        batch_op.drop_index(batch_op.f('ix_relatives_associations_deleted'))
        batch_op.drop_index(batch_op.f('ix_relatives_associations_commune_code'))
        batch_op.drop_index(batch_op.f('ix_relatives_associations_change_seq'))

    op.drop_table('relatives_associations')
    with op.batch_alter_table('propaganda_products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_propaganda_products_updated_at'))
        batch_op.drop_index(batch_op.f('ix_propaganda_products_title_sort'))
        batch_op.drop_index(batch_op.f('ix_propaganda_products_origin_office_id'))
        batch_op.drop_index('ix_propaganda_products_live_title_sort')
        batch_op.drop_index('ix_propaganda_products_live_reach')
        batch_op.drop_index('ix_propaganda_products_live_quantity')
        batch_op.drop_index('ix_propaganda_products_live_product_type')
        batch_op.drop_index('ix_propaganda_products_live_date')
        batch_op.drop_index('ix_propaganda_products_live_channel')
        batch_op.drop_index(batch_op.f('ix_propaganda_products_deleted'))
        batch_op.drop_index(batch_op.f('ix_propaganda_products_date'))
        batch_op.drop_index(batch_op.f('ix_propaganda_products_change_seq'))

    op.drop_table('propaganda_products')
    with op.batch_alter_table('border_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_border_groups_updated_at'))
        batch_op.drop_index(batch_op.f('ix_border_groups_origin_office_id'))
        batch_op.drop_index(batch_op.f('ix_border_groups_name_sort'))
        batch_op.drop_index('ix_border_groups_live_village')
        batch_op.drop_index('ix_border_groups_live_status')
        batch_op.drop_index('ix_border_groups_live_name_sort')
        batch_op.drop_index('ix_border_groups_live_members')
        batch_op.drop_index('ix_border_groups_live_markers')
        batch_op.drop_index('ix_border_groups_live_households')
        batch_op.drop_index('ix_border_groups_live_country')
        batch_op.drop_index('ix_border_groups_live_commune_code')
        batch_op.drop_index('ix_border_groups_live_border_length_m')
        batch_op.drop_index(batch_op.f('ix_border_groups_deleted'))
        batch_op.drop_index(batch_op.f('ix_border_groups_commune_code'))
        batch_op.drop_index(batch_op.f('ix_border_groups_change_seq'))

    op.drop_table('border_groups')
