package cn.oneteam.subject.quiet;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An inspection about to be made: of which subject, by which inspecting body (its organisation code) and in which
 * domain (a cap may be kept per domain), on which day, why, on site or not, for a key item (重点事项, which a quiet
 * entry or a cap only warns about) or not, and how many inspections of the subject this body has already made this
 * year — the inspection module counts them (docs/adr/0024-quiet-periods-and-caps.md).
 */
public record InspectionQuery(long subjectId, @NotBlank @Size(max = 64) String inspectingBody,
		@Nullable @Size(max = 64) String domain, @NotNull LocalDate day, @NotNull InspectionTrigger trigger,
		boolean onSite, boolean keyItem, @Min(0) int inspectionsThisYear) {
}
