"""Post-run hooks: what the clean output is worth to a model, measured right after a run.

A hook is named in the config's ``hooks:`` list, either by a built-in name (``train_proxy_lm``,
``quantized_eval``, ``ablation``, ``distill``) or as ``package.module:Class``. It receives the
finished output directory and its own validated options, writes its files under
``OUT/hooks/NAME/`` and returns a JSON-able dict that ends up under ``"hooks": {NAME: ...}`` in
``report.json``.

Hooks only ever read ``OUT/data`` and ``OUT/rejects``: a hook that crashes (a missing optional
dependency, a bug, an empty output) is recorded as failed and never touches the pipeline's data.
Built-in hooks are resolved lazily by module path, so the pipeline itself never imports PyTorch.
"""

from __future__ import annotations

import difflib
import importlib
import json
import logging
import re
import time
import traceback
from pathlib import Path
from typing import Any, ClassVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from pipelines.config import ConfigError, HookConfig

HOOKS_DIR = "hooks"
RESULT_FILE = "result.json"

BUILTIN_HOOKS: dict[str, str] = {
    "train_proxy_lm": "pipelines.hooks.train:TrainProxyLM",
    "quantized_eval": "pipelines.hooks.quantized:QuantizedEval",
    "ablation": "pipelines.hooks.ablation:Ablation",
    "distill": "pipelines.hooks.distill:Distill",
}

_log = logging.getLogger("corpus_prep.hooks")


class HookOptions(BaseModel):
    """Base of every hook's options: unknown keys are errors, as everywhere in the config."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Hook:
    """A post-run hook. Subclasses set ``name`` and ``Options`` and implement ``run``."""

    name: ClassVar[str] = ""
    Options: ClassVar[type[HookOptions]] = HookOptions
    # Modules ``run`` imports that the pipeline itself does not need (PyTorch): the start-up
    # check (pipelines.preflight) imports them, so a missing one fails before the pipeline runs.
    requires: ClassVar[tuple[str, ...]] = ()

    def run(self, output: Path, options: HookOptions, workdir: Path) -> dict[str, Any]:
        """Do the work; ``workdir`` (``OUT/hooks/NAME``) exists and is the only place to write."""
        raise NotImplementedError


def resolve_hook(name: str) -> type[Hook]:
    """A built-in name or ``module:Class`` → the hook class, with a suggestion on a typo."""
    target = BUILTIN_HOOKS.get(name)
    if target is None and ":" not in name:
        close = difflib.get_close_matches(name, list(BUILTIN_HOOKS), n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise ConfigError(
            f"unknown hook '{name}'{hint} (built-in: {', '.join(BUILTIN_HOOKS)}; "
            "or give module:Class)"
        )
    module_name, _, class_name = (target or name).partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"hook '{name}': cannot load {target or name}: {exc}") from None
    if not (isinstance(cls, type) and issubclass(cls, Hook)):
        raise ConfigError(f"hook '{name}': {cls!r} is not a pipelines.hooks.Hook subclass")
    return cls


def hook_dir_name(name: str, cls: type[Hook]) -> str:
    """Directory and report key of a hook: its built-in name, or the class's ``name``."""
    if name in BUILTIN_HOOKS:
        return name
    return re.sub(r"[^A-Za-z0-9_.-]", "_", cls.name or name.rpartition(":")[2])


def validate_options(name: str, cls: type[Hook], options: dict[str, Any]) -> HookOptions:
    """Options dict → the hook's pydantic model, errors phrased like the rest of the config."""
    try:
        return cls.Options.model_validate(options or {})
    except ValidationError as exc:
        valid = list(cls.Options.model_fields)
        lines = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            if err["type"] == "extra_forbidden":
                close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
                hint = f"; did you mean '{close[0]}'?" if close else f"; valid: {', '.join(valid)}"
                lines.append(f"hooks.{name}: unknown option '{key}'{hint}")
            else:
                where = f"hooks.{name}.{key}" if key else f"hooks.{name}"
                lines.append(f"{where}: {err['msg']} (got {err.get('input')!r})")
        raise ConfigError("; ".join(lines)) from None


def parse_option_args(items: list[str]) -> dict[str, Any]:
    """``k=v`` strings from the command line → options dict (values parsed as YAML)."""
    options: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"--option expects key=value, got {item!r}")
        options[key] = yaml.safe_load(raw) if raw else ""
    return options


def check_hooks(hooks: list[HookConfig]) -> None:
    """Resolve every hook and validate its options without running anything.

    For ``corpus-prep validate`` and the start of ``run``: a typo in a hook option should fail
    before the pipeline spends an hour, not after it.
    """
    for hook in hooks:
        validate_options(hook.name, resolve_hook(hook.name), hook.options)


def run_hook(name: str, output: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run one hook on a finished output directory; raises on failure (CLI use)."""
    cls = resolve_hook(name)
    validated = validate_options(name, cls, options or {})
    out = Path(output)
    if not (out / "data").is_dir():
        raise ConfigError(f"{output!r} holds no pipeline output (no data/ directory)")
    workdir = out / HOOKS_DIR / hook_dir_name(name, cls)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    result = cls().run(out, validated, workdir)
    result = {"status": "ok", **result, "wall_time_s": round(time.perf_counter() - started, 2)}
    (workdir / RESULT_FILE).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def run_hooks(output: str, hooks: list[HookConfig]) -> dict[str, Any]:
    """Run the configured hooks in order; a failing one is recorded and the next one still runs.

    The returned mapping (hook name → result) is what ``report.json`` holds under ``"hooks"``.
    """
    results: dict[str, Any] = {}
    for hook in hooks:
        _log.info("hook %s: starting", hook.name)
        try:
            results[hook.name] = run_hook(hook.name, output, hook.options)
        except Exception as exc:  # noqa: BLE001 - a hook must never fail the finished run
            _log.error("hook %s failed:\n%s", hook.name, traceback.format_exc())
            results[hook.name] = {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    return results


def record_in_report(output: str, results: dict[str, Any]) -> None:
    """Merge hook results into ``OUT/report.json`` (for ``corpus-prep hook`` on an old output)."""
    path = Path(output) / "report.json"
    report = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    report.setdefault("hooks", {}).update(results)
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
