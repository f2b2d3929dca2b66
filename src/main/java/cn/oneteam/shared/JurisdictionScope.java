package cn.oneteam.shared;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * 管辖范围: the divisions a user may see and act in. Either nationwide or a set of divisions, each
 * covering itself and everything below it. Pass it to every list query; check it on every load.
 */
public final class JurisdictionScope implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final JurisdictionScope NATIONWIDE = new JurisdictionScope(true, Set.of());

	private final boolean nationwide;

	private final Set<DivisionCode> divisions;

	private JurisdictionScope(boolean nationwide, Set<DivisionCode> divisions) {
		this.nationwide = nationwide;
		this.divisions = divisions;
	}

	public static JurisdictionScope nationwide() {
		return NATIONWIDE;
	}

	public static JurisdictionScope of(Collection<DivisionCode> divisions) {
		return new JurisdictionScope(false, Set.copyOf(new TreeSet<>(divisions)));
	}

	public boolean isNationwide() {
		return nationwide;
	}

	public Set<DivisionCode> divisions() {
		return divisions;
	}

	/** True when the division lies inside this scope. */
	public boolean covers(DivisionCode division) {
		return nationwide || divisions.stream().anyMatch(division::isWithin);
	}

	/** True when the division lies inside this scope or contains part of it (a superior territory). */
	public boolean overlaps(DivisionCode division) {
		return covers(division) || divisions.stream().anyMatch(d -> d.isWithin(division));
	}

	/**
	 * The county (its six-digit code) every division of the scope lies in, or null when they lie in several, one is
	 * wider than a county, or the scope is nationwide: a search within one county reads that county's part of an index
	 * (docs/adr/0058-searching-a-province.md).
	 */
	public @Nullable String county() {
		Set<String> counties = codes().stream()
			.map(c -> c.length() < 6 ? c : c.substring(0, 6))
			.collect(Collectors.toSet());
		String county = counties.size() == 1 ? counties.iterator().next() : null;
		return county != null && county.length() == 6 ? county : null;
	}

	/** Code values of the scope's divisions, for SQL {@code LIKE ANY} predicates (empty when nationwide). */
	public List<String> codes() {
		return divisions.stream().map(DivisionCode::value).sorted().toList();
	}

	@Override
	public String toString() {
		return nationwide ? "JurisdictionScope[nationwide]" : "JurisdictionScope" + codes();
	}
}
