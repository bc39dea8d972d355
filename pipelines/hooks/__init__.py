"""Post-run hooks (see ``base``): proxy-LM training, int8 evaluation, ablation, distillation."""

from pipelines.hooks.base import (
    BUILTIN_HOOKS,
    Hook,
    HookOptions,
    check_hooks,
    parse_option_args,
    record_in_report,
    resolve_hook,
    run_hook,
    run_hooks,
)

__all__ = [
    "BUILTIN_HOOKS",
    "Hook",
    "HookOptions",
    "check_hooks",
    "parse_option_args",
    "record_in_report",
    "resolve_hook",
    "run_hook",
    "run_hooks",
]
