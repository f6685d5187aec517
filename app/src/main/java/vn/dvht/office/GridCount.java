package vn.dvht.office;

/** What a summary workbook's member grid counts for one share indicator: "Đạt" cells and all filled cells. */
public record GridCount(String indicator, long passed, long counted) {}
