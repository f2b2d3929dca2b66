package cn.oneteam.organization;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What confirming a body's qualification for a year takes (docs/adr/0037-enforcement-bodies-qualification.md): the
 * body, the year, the legal basis, either all of the body's matters in the catalogue or the matter codes, and the
 * period of validity. Absent values are refused with the field's name.
 */
public record NewBodyQualification(@Nullable Long bodyId, @Nullable Integer year, @Nullable String legalBasis,
		boolean allMatters, @Nullable List<String> matters, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
}
