package cn.oneteam.catalog;

import java.time.LocalDate;

import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * Who enforces a matter in a place on a day: the body that acts, the name that goes on documents, the mode, the
 * legal instrument (for a township), the version of the matter in force, and why — in Chinese and English.
 */
public record Responsibility(String matterCode, int matterVersion, String matterName, DivisionCode place,
		LocalDate day, EnforcementMode mode, long enforcingBodyId, String enforcingBody, long documentNameBodyId,
		String documentName, @Nullable LegalInstrument instrument, String explanationZh, String explanationEn) {
}
