package vn.dvht.office;

import java.time.LocalDate;

/**
 * The office that appraises, as its own sheet says: its name (Sở/Phòng Giáo dục và Đào tạo …), the
 * People's Committee it submits to, the authority level of the units it appraises (a ruleset id), the
 * assessment year, the place name of its documents' date line, its document code (SGDĐT), its head's
 * title and name, the Chairman's name (for the draft decision; "" to be written in), the council's
 * sitting — its date, whether it met or gave written opinions (Điều 10, 16 khoản 2 điểm c) — and the
 * decision that set the council up. Texts the office left out are "".
 */
public record Office(String name, String committee, String authority, int year, String place, String code,
    String signerTitle, String signer, String chairman, LocalDate sitting, boolean written, String councilDecision) {}
