"""One transaction per request or command: domain events recorded during it reach their
subscribers inside the same transaction, and any error rolls everything back."""

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from api.db import create_engine, ensure_migrated
from api.settings import Settings
from api.wiring import build_event_bus
from core.db import WRITE_OPTION, writer_turn
from core.events import EventBus, discard_pending


@asynccontextmanager
async def unit_of_work(
    engine: AsyncEngine, events: EventBus, *, writes: bool = True
) -> AsyncIterator[AsyncSession]:
    async with AsyncExitStack() as stack:
        if writes:
            await stack.enter_async_context(writer_turn(engine.sync_engine))
        session = await stack.enter_async_context(AsyncSession(engine, expire_on_commit=False))
        if writes:
            await session.connection(execution_options={WRITE_OPTION: True})
        try:
            yield session
            await events.dispatch(session)
            await session.commit()
        except BaseException:
            discard_pending(session)
            await session.rollback()
            raise


@asynccontextmanager
async def command_unit_of_work(settings: Settings) -> AsyncIterator[AsyncSession]:
    """A command line's own engine and one writing unit of work on it. A SQLite file is
    created only to be migrated (PLENARY_AUTO_MIGRATE)."""
    engine = create_engine(settings.database_url, pool_size=1, create=settings.auto_migrate)
    try:
        await ensure_migrated(engine, settings.database_url, auto_migrate=settings.auto_migrate)
        async with unit_of_work(engine, build_event_bus()) as session:
            yield session
    finally:
        await engine.dispose()
