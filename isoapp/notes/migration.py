"""Bringing a store up to the current schema (schema.MIGRATIONS), and consistent copies of a store.

Each migration runs in ONE transaction together with its ``user_version`` bump. Before an existing store
is migrated a consistent copy is written to ``notes.sqlite3.bak-v<N>`` (SQLite backup API). A store opened
read-only at an old version is copied into memory and migrated there: the file is never written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from isoapp.notes import schema


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Run the migrations from ``version`` to schema.CURRENT_VERSION, one transaction each."""
    while version < schema.CURRENT_VERSION:
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Re-read inside the lock: a second window may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= schema.CURRENT_VERSION:
                conn.execute("COMMIT")
                break
            for statement in schema.split_statements(schema.MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version += 1


def free_name(target: Path) -> Path:
    """``target``, or ``target~2``, ``target~3``… : the first name not taken."""
    n = 2
    base = target
    while target.exists() or target.is_symlink():
        target = base.with_name(f"{base.name}~{n}")
        n += 1
    return target


def backup_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the database behind ``conn`` at ``target`` (or the next free name), 0600."""
    target = free_name(target)
    old = os.umask(0o077)
    try:
        dest = sqlite3.connect(target)
        try:
            conn.backup(dest)
        finally:
            dest.close()
    finally:
        os.umask(old)
    os.chmod(target, 0o600)
    return target


def migrated_in_memory(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """A copy of ``conn``'s database in memory, brought to the current schema (``conn`` is closed)."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(memory)
        migrate(memory, version)
    except BaseException:
        memory.close()
        raise
    finally:
        conn.close()
    return memory
