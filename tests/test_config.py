"""Config validation: typos and bad values fail with one line naming the key."""

from __future__ import annotations

import pytest

from pipelines.config import ConfigError, apply_overrides, load_config, parse_config

BASE = {"inputs": [{"path": "x.warc.gz", "format": "warc", "source": "cc"}], "output": "out"}


def _error(data: dict) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    return str(info.value)


def test_defaults_follow_the_design_contract():
    config = parse_config(BASE)
    assert config.mode == "filter"
    assert config.stages.langid.min_score == 0.65
    assert (config.stages.minhash.num_bands, config.stages.minhash.rows_per_band) == (25, 5)
    assert config.stages.minhash.verify and config.stages.minhash.verify_with == "signature"
    assert config.stages.minhash.ngram_size == 5
    assert config.stages.balance.enabled is False
    assert config.stages.balance.max_repeats == 4
    assert config.shards.num_shards == 0 and config.shards.compression == "zstd"
    assert config.inputs[0].text_field == "text" and config.inputs[0].id_field == "id"


def test_unknown_key_suggests_the_closest():
    message = _error({**BASE, "stages": {"langid": {"min_scor": 0.5}}})
    assert message == "unknown key 'stages.langid.min_scor'; did you mean 'min_score'?"


def test_unknown_top_level_and_list_keys():
    data = {
        "inputs": [{"path": "x", "format": "warc", "source": "cc", "txt_field": "t"}],
        "output": "o",
        "sharts": {},
    }
    message = _error(data)
    assert "unknown key 'inputs[0].txt_field'; did you mean 'text_field'?" in message
    assert "unknown key 'sharts'; did you mean 'shards'?" in message


def test_bad_types_and_ranges_name_the_key():
    assert "'stages.langid.min_score'" in _error(
        {**BASE, "stages": {"langid": {"min_score": "high"}}}
    )
    assert "'stages.langid.min_score'" in _error({**BASE, "stages": {"langid": {"min_score": 2}}})
    assert "'inputs[0].format'" in _error(
        {"inputs": [{"path": "x", "format": "war", "source": "cc"}], "output": "o"}
    )
    assert _error({"output": "o"}) == "missing required key 'inputs'"


def test_overrides_parse_yaml_values():
    data = apply_overrides(
        {**BASE, "stages": {}},
        ["stages.langid.enabled=false", "stages.langid.languages=[en, fr]", "output=/tmp/x"],
    )
    config = parse_config(data)
    assert config.stages.langid.enabled is False
    assert config.stages.langid.languages == ["en", "fr"]
    assert config.output == "/tmp/x"
    with pytest.raises(ConfigError, match="dotted.key=value"):
        apply_overrides({}, ["novalue"])


def test_hooks_short_form():
    config = parse_config({**BASE, "hooks": ["train_proxy_lm", {"name": "x", "options": {"a": 1}}]})
    assert [hook.name for hook in config.hooks] == ["train_proxy_lm", "x"]
    assert config.hooks[1].options == {"a": 1}


def test_load_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("inputs: [\n")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_config(bad)


def test_shipped_configs_validate():
    from tests.conftest import ROOT

    for path in sorted((ROOT / "configs").glob("*.yaml")):
        load_config(path)
