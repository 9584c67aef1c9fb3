"""``python -m gongkai_standalone``: serve the whole platform from one process on SQLite."""

from __future__ import annotations

import argparse

import uvicorn

from catalog_api.demo.seed import demo_credentials_text
from gongkai_standalone.app import StandaloneSettings, create_standalone_app


def main() -> None:
    settings = StandaloneSettings()
    parser = argparse.ArgumentParser(prog="gongkai-standalone", description="Gongkai 政务公开 (standalone)")
    parser.add_argument("--host", default=settings.host)
    parser.add_argument("--port", type=int, default=settings.port)
    args = parser.parse_args()
    settings = settings.model_copy(update={"host": args.host, "port": args.port})
    app = create_standalone_app(settings)
    url = f"http://{settings.host}:{settings.port}"
    print(
        f"\nGongkai 政务公开 standalone: {url}\n"
        f"  门户 portal        {url}/\n"
        f"  控制台 console     {url}/console/\n"
        f"  API docs           {url}/api/catalog/v1/docs  {url}/api/publishing/v1/docs  "
        f"{url}/api/interaction/v1/docs\n"
        f"  data               {settings.data_dir}\n\n{demo_credentials_text()}\n",
        flush=True,
    )
    uvicorn.run(app, host=settings.host, port=settings.port, log_config=None, access_log=False, lifespan="on")


if __name__ == "__main__":
    main()
