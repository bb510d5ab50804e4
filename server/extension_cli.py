"""`postwarden extension build`: the browser extension's Chrome zip and Firefox package.

One source (extension/) serves both browsers; only the manifest differs, so each package's
manifest.json is the shared manifest.json with the browser's own manifest.<browser>.json
merged over it and the project's version filled in. The platform map the extension reads
before it first reaches the server (platforms.json) is generated here from
addon/platforms/*.json, after the same validation the proxy applies, never copied by hand.
Zips are reproducible: sorted entries, fixed timestamps and permissions.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from addon.platformmap import DEFAULT_DIR, PlatformMap, PlatformMapError

SOURCE = Path(__file__).resolve().parents[1] / "extension"
BROWSERS = ("chrome", "firefox")
#: What goes into a package; manifests are generated, anything else is left out.
PACKAGED = ("*.js", "*.html", "*.css", "*.png", "*.svg")
CHROME_ONLY = ("managed_schema.json",)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class BuildError(RuntimeError):
    """A build that cannot go on; the message says what to fix."""


@dataclass(frozen=True)
class Built:
    chrome_dir: Path      # unpacked, for --load-extension and the tests
    chrome_zip: Path      # for the Chrome Web Store or a self-hosted update
    firefox_dir: Path
    firefox_xpi: Path     # unsigned: Mozilla signs it (see docs/extension.md)


def platform_data(directory: Path | None = None) -> dict:
    """{"generic": ..., "platforms": {id: ...}}: the platform files' own JSON, once the
    proxy's loader has accepted them (a bad file fails the build, naming the file)."""
    directory = Path(directory) if directory else DEFAULT_DIR
    try:
        PlatformMap.load(directory)
    except PlatformMapError as e:
        raise BuildError(str(e)) from e
    platforms: dict[str, dict] = {}
    generic: dict | None = None
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if path.stem == "_generic":
            generic = data
        else:
            platforms[path.stem] = data
    return {"generic": generic, "platforms": platforms}


def version() -> str:
    try:
        return metadata.version("postwarden")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def manifest(source: Path, browser: str, ver: str) -> dict:
    """The shared manifest with the browser's own merged over it: objects merge key by key,
    lists (permissions) gain the browser's extra items, anything else is replaced."""
    merged = _merge(_read_json(source / "manifest.json"), _read_json(source / f"manifest.{browser}.json"))
    merged["version"] = ver
    return merged


def _merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for key, value in override.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


def build(out_dir: Path, source: Path = SOURCE, platforms_dir: Path | None = None) -> Built:
    """Write both packages (and their unpacked folders) into `out_dir`."""
    if not (source / "manifest.json").is_file():
        raise BuildError(f"{source}: not the extension's source folder (no manifest.json)")
    ver = version()
    data = json.dumps(platform_data(platforms_dir), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    files = sorted({p for pattern in PACKAGED for p in source.rglob(pattern) if p.is_file()})
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, tuple[Path, Path]] = {}
    for browser in BROWSERS:
        stage = out_dir / browser
        if stage.exists():
            shutil.rmtree(stage)
        stage.mkdir(parents=True)
        extra = [source / name for name in CHROME_ONLY] if browser == "chrome" else []
        for f in files + extra:
            target = stage / f.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
        (stage / "manifest.json").write_text(
            json.dumps(manifest(source, browser, ver), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (stage / "platforms.json").write_text(data + "\n", encoding="utf-8")
        suffix = "zip" if browser == "chrome" else "xpi"
        package = out_dir / f"postwarden-{browser}-{ver}.{suffix}"
        _zip(stage, package)
        paths[browser] = (stage, package)
    return Built(paths["chrome"][0], paths["chrome"][1], paths["firefox"][0], paths["firefox"][1])


def _zip(folder: Path, target: Path) -> None:
    tmp = target.with_suffix(target.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    tmp.replace(target)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BuildError(f"{path}: {e}") from e


# -- the command ----------------------------------------------------------------------------


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extension", help="the browser extension",
                       description="The browser extension that warns staff before a post leaves.")
    verbs = p.add_subparsers(dest="extension_command", required=True)
    b = verbs.add_parser("build", help="write the Chrome zip and the Firefox package",
                         description=__doc__.split("\n\n", 1)[1] if __doc__ else None)
    b.add_argument("--out", type=Path, default=Path("dist"),
                   help="folder for the packages (default: dist)")
    b.add_argument("--platforms", type=Path, default=None,
                   help="a folder of platform files instead of the ones shipped")
    b.set_defaults(func=_run_build)


def _run_build(args: argparse.Namespace) -> int:
    try:
        built = build(args.out, platforms_dir=args.platforms)
    except BuildError as e:
        print(f"postwarden extension build: {e}", file=sys.stderr)
        return 1
    print(f"Chrome:  {built.chrome_zip}  (unpacked: {built.chrome_dir})")
    print(f"Firefox: {built.firefox_xpi}  (unpacked: {built.firefox_dir})")
    return 0
