"""The `zhpress` MkDocs plugin: hooks only dispatch to `LanguageBuild`."""

from __future__ import annotations

from mkdocs.plugins import BasePlugin, event_priority

from .build import LanguageBuild
from .config import ZhpressConfig
from .serve import localise_not_found


class ZhpressPlugin(BasePlugin[ZhpressConfig]):
    supports_multiple_instances = False

    def __init__(self):
        super().__init__()
        self.build: LanguageBuild | None = None

    @event_priority(100)  # before Material's search reads the interface language
    def on_config(self, config):
        if not self.config.enabled:
            return config
        self.build = LanguageBuild(self.config, config)
        self.build.configure(config)
        return config

    def on_files(self, files, *, config):
        return self.build.files(files, config) if self.build else files

    def on_page_markdown(self, markdown, *, page, config, files):
        return self.build.page_markdown(markdown, page) if self.build else markdown

    def on_page_context(self, context, *, page, config, nav):
        if self.build:
            self.build.page_context(context, page, config)
        return context

    @event_priority(-100)  # after Material's search has written its index
    def on_post_build(self, *, config):
        if self.build:
            self.build.post_build(config)

    def on_serve(self, server, *, config, builder):
        if self.build:
            server.watch(str(self.build.data_dir))
            localise_not_found(server, [variant.root for variant in self.build.variants])
        return server
