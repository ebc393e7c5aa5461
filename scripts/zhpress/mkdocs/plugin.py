"""The `zhpress` MkDocs plugin: hooks only dispatch to the `LanguageBuild` of the build's output folder.

The plugin defines `on_startup`, so MkDocs keeps one instance for the whole process: the
nested language builds and every rebuild of `mkdocs serve` reach the same object. Each
build is found by its `site_dir` (one per language).
"""

from __future__ import annotations

from mkdocs.plugins import BasePlugin, event_priority

from .build import LanguageBuild, Session, is_nested
from .config import ZhpressConfig
from .jinjacache import cache_templates
from .serve import localise_not_found, watch_data


class ZhpressPlugin(BasePlugin[ZhpressConfig]):
    supports_multiple_instances = False

    def __init__(self):
        super().__init__()
        self.session = Session()
        self.builds: dict[str, LanguageBuild] = {}
        self.watching = None  # stops the watch of data/ (`mkdocs serve`)

    def on_startup(self, *, command, dirty):
        self.session.start(command, dirty)

    def _build(self, config) -> LanguageBuild | None:
        return self.builds.get(config.site_dir)

    @event_priority(100)  # before Material's search reads the interface language
    def on_config(self, config):
        if not is_nested():  # a new build of the site: the last one's languages are done with
            self.builds.clear()
            self.session.build_started()
        self.builds.pop(config.site_dir, None)
        if not self.config.enabled:
            return config
        build = self.builds[config.site_dir] = LanguageBuild(self.config, config, self.session)
        build.configure(config)
        return config

    def on_files(self, files, *, config):
        build = self._build(config)
        return build.files(files, config) if build else files

    def on_nav(self, nav, *, config, files):
        build = self._build(config)
        if build:
            build.nav(nav, config)
        return nav

    def on_page_markdown(self, markdown, *, page, config, files):
        build = self._build(config)
        return build.page_markdown(markdown, page) if build else markdown

    @event_priority(100)  # before Material's search indexes the page
    def on_page_content(self, html, *, page, config, files):
        build = self._build(config)
        return build.page_content(html, page) if build else html

    def on_env(self, env, *, config, files):
        build = self._build(config)
        if build:
            cache_templates(env)
            build.env()
        return env

    def on_template_context(self, context, *, template_name, config):
        build = self._build(config)
        if build:
            build.template_context(context, template_name)
        return context

    def on_page_context(self, context, *, page, config, nav):
        build = self._build(config)
        if build:
            build.page_context(context, page, config)
        return context

    @event_priority(-100)  # after Material's search has written its index
    def on_post_build(self, *, config):
        build = self._build(config)
        if build:
            build.post_build(config)

    def on_build_error(self, *, error):
        for build in self.builds.values():
            build.stop_workers()

    def on_serve(self, server, *, config, builder):
        build = self._build(config)
        if build:
            self.watching = watch_data(server, build.data_dir)
            localise_not_found(server, [variant.root for variant in build.variants])
        return server

    def on_shutdown(self):
        if self.watching is not None:
            self.watching.set()
