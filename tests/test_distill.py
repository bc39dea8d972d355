"""The ``distill`` hook: a tiny teacher and student on real text, in seconds."""

from __future__ import annotations

import json
import math

import pytest

from pipelines.config import ConfigError, HookConfig
from pipelines.hooks import check_hooks, run_hook
from pipelines.hooks.corpus import encode, read_clean, split
from pipelines.report_html import _hook_table
from tests.test_hooks import TINY, _write_output

torch = pytest.importorskip("torch")

from pipelines.hooks.distill import (  # noqa: E402
    DistillOptions,
    distillation_loss,
    student_options,
)
from pipelines.hooks.model import ModelConfig, ProxyLM, n_params, pick_device, windows  # noqa: E402
from pipelines.hooks.train import ProxyLMOptions, fit  # noqa: E402

TEACHER = TINY | {"d_model": 64, "n_layers": 2, "n_heads": 4}
STUDENT = {"max_tokens": 8 * 32 * 40, "eval_every": 20, "device": "cpu", "threads": 1}


@pytest.fixture(scope="module")
def distilled(tmp_path_factory):
    out = _write_output(tmp_path_factory.mktemp("out"))
    teacher = run_hook("train_proxy_lm", str(out), TEACHER)
    return out, teacher, run_hook("distill", str(out), STUDENT)


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    return read_clean(_write_output(tmp_path_factory.mktemp("docs")))


def test_report_has_the_size_vs_quality_table(distilled) -> None:
    out, teacher, result = distilled
    assert result["status"] == "ok"
    assert result["student_config"] | {"vocab_size": 0} == {
        "context": 32,
        "d_model": 32,
        "n_layers": 1,
        "n_heads": 2,
        "mlp_ratio": 4,
        "vocab_size": 0,
    }
    assert 4 <= result["param_ratio"] <= 8
    rows = {(r["model"], r["weights"]): r for r in result["table"]}
    assert list(rows) == [
        ("teacher", "fp32"),
        ("teacher", "int8_dynamic"),
        ("teacher", "int8_weight_only"),
        ("student (distilled)", "fp32"),
        ("student (distilled)", "int8_dynamic"),
        ("student (distilled)", "int8_weight_only"),
        ("student (scratch)", "fp32"),
    ]
    for row in rows.values():
        assert set(row) >= {"params", "file_bytes", "heldout_bpb", "tokens_per_s"}
        assert row["tokens_per_cpu_s"] > 0
    teacher_row = rows["teacher", "fp32"]
    assert teacher_row["params"] == teacher["params"]
    assert teacher_row["heldout_bpb"] == pytest.approx(teacher["heldout_bpb"], abs=1e-4)
    assert rows["student (distilled)", "fp32"]["heldout_bpb"] == pytest.approx(
        result["distilled"]["curve"][-1]["heldout_bpb"], abs=1e-4
    )
    assert rows["student (scratch)", "fp32"]["heldout_bpb"] == pytest.approx(
        result["scratch_bpb"], abs=1e-4
    )
    smaller = {k: r["smaller_than_teacher"] for k, r in rows.items()}
    assert smaller["student (distilled)", "int8_dynamic"] > smaller["student (distilled)", "fp32"]
    assert smaller["student (distilled)", "fp32"] > 3 and smaller["teacher", "fp32"] == 1
    assert result["bpb_gain"] == result["scratch_bpb"] - result["distilled_bpb"]
    assert result["equal_tokens_step"] == 40
    assert result["distilled"]["stopped_by"] == result["scratch"]["stopped_by"] == "tokens"
    assert result["distilled_bpb"] < result["distilled"]["curve"][0]["heldout_bpb"] - 1.0
    workdir = out / "hooks" / "distill"
    assert sorted(p.name for p in workdir.iterdir()) == [
        "config.json",
        "curve.svg",
        "result.json",
        "student.pt",
        "student_scratch.pt",
    ]
    assert workdir.joinpath("curve.svg").read_text().count("<polyline") == 3
    page = _hook_table(result)
    assert page.count("<tr>") == 1 + len(rows) and "student (distilled)" in page


def test_student_is_scored_by_quantized_eval_on_the_same_split(distilled) -> None:
    out, _, result = distilled
    student = str(out / "hooks" / "distill" / "student.pt")
    evaluated = run_hook("quantized_eval", str(out), {"checkpoint": student, "threads": 1})
    assert evaluated["models"]["fp32"]["heldout_bpb"] == pytest.approx(
        result["distilled"]["curve"][-1]["heldout_bpb"], abs=1e-4
    )


def test_distillation_is_deterministic_and_the_teacher_can_be_int8(distilled) -> None:
    out, _, first = distilled
    again = run_hook("distill", str(out), STUDENT)
    assert again["distilled"]["curve"] == first["distilled"]["curve"]
    assert again["scratch"]["curve"] == first["scratch"]["curve"]
    int8 = run_hook("distill", str(out), STUDENT | {"teacher_weights": "int8_dynamic"})
    assert int8["scratch"]["curve"] == first["scratch"]["curve"]
    assert int8["distilled"]["curve"] != first["distilled"]["curve"]
    assert int8["device"] == "cpu"  # int8_dynamic has CPU kernels only, even beside a GPU
    assert abs(int8["distilled_bpb"] - first["distilled_bpb"]) < 0.1


def _tiny(seed: int, d_model: int, n_layers: int) -> ProxyLM:
    torch.manual_seed(seed)
    return ProxyLM(ModelConfig(context=16, d_model=d_model, n_layers=n_layers, n_heads=2))


def test_kl_term_reaches_every_student_parameter_and_not_the_teacher(docs) -> None:
    teacher, student = _tiny(1, 32, 2), _tiny(2, 16, 1)
    with torch.no_grad():  # a teacher that is far from the student's near-uniform start
        teacher.head.weight.mul_(50)
    batch = windows(encode(docs[:5]), 16)[:4]
    temperature = 2.0
    logits = student(batch[:, :-1])
    logits.retain_grad()
    distillation_loss(teacher, 1.0, temperature)(batch, logits).backward()
    for name, parameter in student.named_parameters():
        assert parameter.grad is not None and parameter.grad.abs().sum() > 0, name
    assert all(p.grad is None for p in teacher.parameters())
    # d(T² · KL)/d logits = T · (softmax(s/T) − softmax(t/T)) / positions, the textbook gradient
    with torch.no_grad():
        soft_teacher = torch.softmax(teacher(batch[:, :-1]) / temperature, dim=-1)
        soft_student = torch.softmax(logits / temperature, dim=-1)
    expected = temperature * (soft_student - soft_teacher) / (batch.shape[0] * 16)
    torch.testing.assert_close(logits.grad, expected, rtol=1e-4, atol=1e-7)
    assert logits.grad.abs().max() > 1e-5


def test_the_kl_term_changes_with_the_teacher_and_vanishes_on_itself(docs) -> None:
    teacher, other = _tiny(1, 32, 2), _tiny(3, 32, 2)
    batch = windows(encode(docs[:5]), 16)[:4]
    logits = teacher(batch[:, :-1]).detach()
    assert float(distillation_loss(teacher, 1.0, 3.0)(batch, logits)) == pytest.approx(0, abs=1e-6)
    assert float(distillation_loss(other, 1.0, 3.0)(batch, logits)) > 1e-4


def test_alpha_zero_is_training_from_scratch_bit_for_bit(docs) -> None:
    train_docs, heldout = split(docs, 0.2)
    options = ProxyLMOptions(**(TINY | {"max_tokens": 8 * 32 * 25, "eval_every": 5}))
    torch.manual_seed(1)
    teacher = ProxyLM(ModelConfig(context=32, d_model=32, n_layers=2, n_heads=2))
    scratch_model, scratch = fit(train_docs, heldout, options)
    zero_model, zero = fit(train_docs, heldout, options, distillation_loss(teacher, 0.0, 2.0))
    assert zero["curve"] == scratch["curve"]
    zero_state = zero_model.state_dict()
    for name, weights in scratch_model.state_dict().items():
        assert torch.equal(weights, zero_state[name]), name
    _, half = fit(train_docs, heldout, options, distillation_loss(teacher, 0.5, 2.0))
    assert half["curve"] != scratch["curve"]
    assert math.isfinite(half["heldout_bpb"])


def test_options_fail_like_config_keys(distilled, tmp_path) -> None:
    out, _, _ = distilled
    with pytest.raises(
        ConfigError, match="unknown option 'temprature'; did you mean 'temperature'"
    ):
        run_hook("distill", str(out), {"temprature": 2})
    with pytest.raises(ConfigError, match=r"hooks.distill.alpha: .*less than or equal to 1"):
        check_hooks([HookConfig(name="distill", options={"alpha": 1.5})])
    with pytest.raises(ConfigError, match="n_heads 3 must divide d_model 32"):
        check_hooks([HookConfig(name="distill", options={"d_model": 32, "n_heads": 3})])
    check_hooks([HookConfig(name="distill", options={"teacher_weights": "int8_weight_only"})])
    with pytest.raises(ValueError, match="student context 64 exceeds the teacher's 32"):
        run_hook("distill", str(out), STUDENT | {"context": 64})
    with pytest.raises(FileNotFoundError, match="run the train_proxy_lm hook first"):
        run_hook("distill", str(_write_output(tmp_path)), STUDENT)


def test_student_params_follow_the_options(distilled) -> None:
    out, teacher, _ = distilled
    result = run_hook(
        "distill",
        str(out),
        STUDENT | {"d_model": 48, "n_layers": 2, "n_heads": 3, "context": 16, "methods": []},
    )
    student = ProxyLM(ModelConfig(context=16, d_model=48, n_layers=2, n_heads=3))
    assert result["student_params"] == n_params(student)
    assert [r["weights"] for r in result["table"]] == ["fp32", "fp32", "fp32"]
    config = json.loads((out / "hooks" / "distill" / "config.json").read_text())
    assert config["options"]["heldout_fraction"] == TEACHER["heldout_fraction"]
    assert config["distill"]["alpha"] == 0.5


def test_device_choice_is_checked_before_anything_trains() -> None:
    with pytest.raises(ConfigError, match="int8_dynamic has no GPU kernels"):
        check_hooks(
            [
                HookConfig(
                    name="distill", options={"teacher_weights": "int8_dynamic", "device": "cuda"}
                )
            ]
        )
    teacher = ProxyLM(ModelConfig(context=32, d_model=64, n_layers=2, n_heads=4))
    trained = ProxyLMOptions(**TINY)
    int8 = DistillOptions(teacher_weights="int8_dynamic")
    assert student_options(int8, teacher, trained).device == "cpu"
    fp32 = DistillOptions(device="auto")
    assert student_options(fp32, teacher, trained).device == "auto"
    if torch.cuda.is_available():
        assert pick_device("auto").type == "cuda"
    else:
        assert pick_device("auto").type == "cpu"
        with pytest.raises(ValueError, match="device cuda: torch sees no GPU"):
            pick_device("cuda")
