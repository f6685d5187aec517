"""Writes the bad-input corpus's CSV files as Python's csv module writes them, one pair (members, unit)
per quoting mode, so that dvht is tested against a CSV writer it does not share code with (issue 12).

    python3 app/src/test/corpus/python_csv.py app/src/test/resources/bad-input

The members are BadInputCorpus.MEMBERS with a comma in the first column's name and quotes inside
another; the unit file names two items by their short text, which holds both ',' and ';'.
"""
import csv
import sys
from pathlib import Path

HEADERS = ["Họ và tên", "Mã định danh", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
           "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập"]
MEMBERS = [
    ["Nguyễn Văn An, trưởng phòng", "CB01", "Có", "Có", "Có", "Có", "Lao động tiên tiến", "Có"],
    ['Trần Thị "Bình"', "CB02", "Có", "Có", "Không", "Có", "Lao động tiên tiến", "Có"],
    ["Lê Minh Chi", "CB03", "Có", "Không", "Có", "Không", "Lao động tiên tiến", "Có"],
    ["Phạm Quốc Dũng", "CB04", "Không", "Có", "Có", "Không", "Không", "Không"],
]
UNIT = [
    ["Mục", "Giá trị", "Minh chứng"],
    ["Tên đơn vị", "Cơ quan thử", ""],
    ["Cấp", "huyện", ""],
    ["Loại đơn vị", "Cơ quan nhà nước", ""],
    ["Năm đánh giá", 2025, ""],
    ["TC1.CT1", "Có", "Kế hoạch số 12/KH, ngày 05/01/2025"],
    ["Chế độ đào tạo, bồi dưỡng; quy định khuyến khích học tập", "Có", "Quy chế; Quyết định 3"],
    ["TC1.CT3", "Có", ""],
    ["Triển khai chuyển đổi số; trang bị thiết bị học tập", "Có", ""],
    ["TC1.CT5", "Có", ""],
    ["TC3.CT2", "Có", ""],
    ["TC3.CT3", "Tập thể lao động tiên tiến", ""],
]
MODES = {"minimal": csv.QUOTE_MINIMAL, "all": csv.QUOTE_ALL, "nonnumeric": csv.QUOTE_NONNUMERIC}


def write(path, rows, quoting, **options):
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out, quoting=quoting, **options).writerows(rows)


def main(target):
    for name, quoting in MODES.items():
        write(target / f"python-{name}.csv", [HEADERS] + MEMBERS, quoting)
        write(target / f"python-{name}-unit.csv", UNIT, quoting)
    # QUOTE_NONE writes RFC 4180 only for fields without delimiters or quotes: the plain members.
    plain = [[cell.split(",")[0].replace('"', "") for cell in row] for row in MEMBERS]
    write(target / "python-none.csv", [HEADERS] + plain, csv.QUOTE_NONE, escapechar="\\")
    write(target / "python-semicolon-all.csv", [HEADERS] + MEMBERS, csv.QUOTE_ALL, delimiter=";")
    write(target / "python-lf-minimal.csv", [HEADERS] + MEMBERS, csv.QUOTE_MINIMAL, lineterminator="\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
