import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED") or ROOT.parent / "shared")
SEED_TEXT = SHARED / "seed" / "000_2d5e8b1c10c92920.txt"
SEED_EXPECTED = SHARED / "seed" / "expected.json"


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared data folder (../shared or $EXTRACTOR_SHARED) is needed")
    return path


@pytest.fixture(scope="session")
def extractor():
    from extractor.extraction import Extractor

    return Extractor()
