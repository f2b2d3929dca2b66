package cn.oneteam.inspection.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.shared.EnforcementDomain;

/**
 * An inspector of a department's library (docs/adr/0032-inspectors-library-and-recusal.md): establishment staff in
 * post holding an enforcement certificate — the one valid today, else the latest — with its domains, whether it is
 * valid today (only then is he drawn) and the department's expertise tags on him.
 */
public record Inspector(long personId, String name, long departmentId, String certificateNumber,
		Set<EnforcementDomain> domains, LocalDate validTo, boolean validToday, List<String> tags) {

	public Inspector {
		domains = Set.copyOf(domains);
		tags = List.copyOf(tags);
	}
}
