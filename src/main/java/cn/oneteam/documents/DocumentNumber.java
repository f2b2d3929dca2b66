package cn.oneteam.documents;

import java.time.LocalDate;

/** 文号: one number issued to a body for a document type and year, and whether it was voided (never reused). */
public record DocumentNumber(long id, long organizationId, DocumentType type, int year, int sequence, String text,
		LocalDate issuedOn, boolean voided) {
}
