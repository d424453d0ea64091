#!/usr/bin/python3
"""Writes three submissions in the variants of the Ministry form units really fill and publish (the corpus in
src/test/resources/realforms shows each), the way their programs write them, with openpyxl:

- 青岛市医疗保障局: the Ministry 项目支出绩效自评表 with the template's unused rows left in (指标1：, 指标2：, ……, a
  生态效益指标 with nothing under it) and the funds block scored 10 beside the indicators' 90;
- 青岛市退役军人事务局: the provincial form with no 分值 column: 预算执行情况（20分）, 得分（20分*执行率）,
  年度绩效目标（80分） over 产出指标（50分）/效益指标（20分）/满意度指标（10分）, 总分 with 自评等级;
- 青岛市市场监督管理局: the budget-integration (一体化) export, 年度指标值 split into 指标性质 | 指标值 | 度量单位 under a
  two-row header (≧, ═, 百分比), saved as .xls by LibreOffice (libreoffice_roundtrip.sh does it).

All three are consistent: each reads as passing. Usage: make/real_form_submissions.py PROJECT_ROOT
"""
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT = ROOT / "sample-workbooks" / "submissions"
WRAP = Alignment(wrap_text=True, vertical="center")


def sheet(title, rows, merges, name):
    wb = Workbook()
    ws = wb.active
    ws.title = name
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"  # a target written "=640元" is text, as the clerk typed it, not a formula
    for m in merges:
        ws.merge_cells(m)
    ws["A1"].font = Font(bold=True, size=14)
    for col in "ABCDEFGHIJ":
        ws.column_dimensions[col].width = 14
    return wb


def healthcare():
    t = "指标1："
    rows = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "城乡居民基本医疗保障"],
        ["主管部门", "青岛市医疗保障局", None, None, "实施单位", "青岛市医疗保障局"],
        ["项目资金（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 1200, 1200, 1176, 10, "98%", 9.8],
        [None, "其中：当年财政拨款", None, 1200, 1200, 1176, "—", None, "—"],
        [None, "上年结转资金", None, None, None, None, "—", None, "—"],
        [None, "其他资金", None, None, None, None, "—", None, "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "保障参保居民基本医疗待遇，减轻群众医疗费用负担", None, None, None, "全年完成参保扩面和待遇保障任务"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [None, "产出指标", "数量指标", t + "参保人数", "≥80万人", "82万人", 10, 10],
        [None, None, None, "指标2："],
        [None, None, None, "……"],
        [None, None, "质量指标", t + "政策范围内住院费用报销比例", "≥70%", "71%", 10, 10],
        [None, None, None, "指标2："],
        [None, None, "时效指标", t + "医疗费用结算及时率", "100%", "100%", 15, 15],
        [None, None, None, "……"],
        [None, None, "成本指标", t + "人均财政补助标准", "=640元", "640元", 15, 15],
        [None, None, None, "……"],
        [None, "效益指标", "经济效益指标", t],
        [None, None, None, "……"],
        [None, None, "社会效益指标", t + "参保群众个人负担减轻", "效果明显", "效果明显", 20, 20],
        [None, None, "生态效益指标"],
        [None, None, "可持续影响指标", t + "医保基金运行平稳", "平稳", "基本平稳", 10, 7, "基金支出增长较快，已加强运行监测"],
        [None, "满意度指标", "服务对象满意度指标", t + "参保群众满意度", "≥90%", "92%", 10, 10],
        [None, None, None, "指标2："],
        ["总分", None, None, None, None, None, 100, 96.8],
    ]
    merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:C5", "A6:A9", "B6:C6", "B7:C7", "B8:C8", "B9:C9",
              "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A28", "B13:B21", "C13:C15", "C16:C17",
              "C18:C19", "C20:C21", "B22:B26", "C22:C23", "B27:B28", "C27:C28", "A29:F29"]
    sheet("", rows, merges, "项目支出绩效自评表").save(
        OUT / "青岛市医疗保障局2023年度城乡居民基本医疗保障项目支出绩效自评表.xlsx")


def veterans():
    rows = [
        ["2023年度项目支出绩效自评表"],
        ["单位名称：青岛市退役军人事务局", None, None, None, "填报日期：2024年3月15日"],
        ["项目名称", "春节走访慰问经费", None, "主管部门", "青岛市退役军人事务局", "项目实施单位", "青岛市退役军人事务局"],
        ["项目类别", "1、部门预算项目 ☑  2、市直专项 □"],
        ["预算执行情况（万元）\n（20分）", None, None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分\n（20分*执行率）"],
        [None, "年度财政资金总额", None, 60, 57, "95%", 19],
        ["年度绩效目标\n（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标（50分）", "数量指标", "走访慰问重点优抚对象人数", "≥1200人", "1260人", 20],
        [None, None, "质量指标", "慰问金足额发放率", "100%", "100%", 15],
        [None, None, "时效指标", "春节前完成走访慰问", "2024年2月9日前", "2024年2月6日完成", 15],
        [None, "效益指标（20分）", "社会效益指标", "优抚对象生活困难得到缓解", "有效缓解", "有效缓解", 20],
        [None, "满意度指标（10分）", "服务对象满意度指标", "慰问对象满意度", "≥95%", "97%", 10],
        ["总分（100分）", None, None, 99, None, "自评等级", "优"],
        ["偏差大或目标未完成原因分析", None, "资金结余3万元，系部分慰问对象年前去世，结余资金已按规定收回"],
        ["改进措施及结果应用方案", None, "加强慰问对象动态管理，据实编制下年预算"],
    ]
    merges = ["A1:G1", "A2:D2", "E2:G2", "B3:C3", "B4:G4", "A5:C5", "A6:A6", "B6:C6", "A7:A12", "B8:B10",
              "A13:C13", "D13:E13", "A14:B14", "C14:G14", "A15:B15", "C15:G15"]
    sheet("", rows, merges, "自评表").save(OUT / "青岛市退役军人事务局春节走访慰问项目自评表.xlsx")


def market():
    rows = [
        ["2023年度项目支出绩效自评表"],
        ["部门：青岛市市场监督管理局", None, None, None, None, None, None, None, None, "公开14表"],
        ["项目名称", None, "食品安全抽检监测"],
        ["主管部门", None, "青岛市市场监督管理局", None, None, "实施单位", None, "青岛市食品药品检验研究院"],
        ["项目资金（万元）", None, None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, None, "年度资金总额", None, 800, 800, 760, 10, "95%", 9.5],
        [None, None, "其中：当年财政拨款", None, 800, 800, 760, "—", None, "—"],
        [None, None, "上年结转资金", None, None, None, None, "—", None, "—"],
        ["年度总体目标", None, "预期目标", None, None, None, "实际完成情况"],
        [None, None, "完成全市食品安全抽检监测任务，及时核查处置不合格食品", None, None, None, "全年完成抽检3120批次"],
        ["绩效指标", None, None, "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "食品安全抽检批次", "≧", 3000, "批次", "3120", 20, 20],
        [None, "质量指标", "抽检不合格食品核查处置率", "═", 100, "%", "100%", 15, 15],
        [None, "时效指标", "抽检结果公布及时率", "≧", 95, "百分比", "97%", 15, 15],
        ["效益指标", "社会效益指标", "食品安全抽检合格率", "≧", 97, "%", "98.2%", 15, 15],
        [None, "生态效益指标"],
        [None, "可持续影响指标", "食品安全风险预警机制", "═", "健全", None, "健全", 15, 15],
        ["满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≧", 85, "%", "83%", 10, 9, "科普宣传覆盖不足，下年度增加进社区宣传"],
        ["其他需要说明事项", None, "无", None, None, None, "总分", 100, 98.5, "优"],
    ]
    merges = ["A1:J1", "A2:E2", "A3:B3", "C3:J3", "A4:B4", "C4:E4", "F4:G4", "H4:J4", "A5:D5", "A6:B8", "C6:D6",
              "C7:D7", "C8:D8", "A9:B10", "C9:F9", "G9:J9", "C10:F10", "G10:J10", "A11:C11", "D11:F11", "G11:G12",
              "H11:H12", "I11:I12", "J11:J12", "A13:A15", "A16:A18", "A20:B20", "C20:F20"]
    sheet("", rows, merges, "项目支出绩效自评表").save(OUT / "青岛市市场监督管理局食品安全抽检监测项目绩效自评表.xlsx")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    healthcare()
    veterans()
    market()
