package cn.oneteam.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.Boundary;
import cn.oneteam.catalog.Empowerment;
import cn.oneteam.catalog.Matter;
import cn.oneteam.organization.Organization;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import org.jspecify.annotations.Nullable;

/**
 * The resolver's answers in memory (docs/adr/0054-responsibility-index.md): an immutable snapshot of every matter with
 * its empowerment entries by township and its boundaries by territory, and the organisations they name. A lookup is a
 * few hash look-ups along the place's ancestors; a change to some matters makes a new snapshot that shares every
 * other matter's entry. Public only for the catalogue and the benchmark under bench/jmh; not part of the module's API.
 */
public final class ResponsibilityIndex {

	private static final Comparator<Empowerment> EMPOWERMENT_ORDER = Comparator.comparing(Empowerment::effectiveFrom)
		.thenComparingLong(Empowerment::id);

	private static final List<DivisionLevel> DEEPEST_FIRST = Arrays.stream(DivisionLevel.values())
		.sorted(Comparator.comparingInt(DivisionLevel::codeLength).reversed())
		.toList();

	private static final Comparator<Boundary> BOUNDARY_ORDER = Comparator.comparingLong(Boundary::id);

	/** One matter with its entries: empowerment entries by township code, boundaries by territory code. */
	private record Entry(Matter matter, Map<String, List<Empowerment>> byTownship,
			Map<String, List<Boundary>> byTerritory) {
	}

	private final Map<String, Entry> byCode;

	private final Map<Long, Organization> organizations;

	private ResponsibilityIndex(Map<String, Entry> byCode, Map<Long, Organization> organizations) {
		this.byCode = byCode;
		this.organizations = organizations;
	}

	/** A snapshot of these matters with their entries and boundaries; entries of other matters are ignored. */
	public static ResponsibilityIndex of(Collection<Matter> matters, Collection<Empowerment> empowerments,
			Collection<Boundary> boundaries, Collection<Organization> organizations) {
		Map<String, Entry> entries = new HashMap<>();
		entries(entries, matters, empowerments, boundaries);
		Map<Long, Organization> byId = new HashMap<>();
		organizations.forEach(o -> byId.put(o.id().value(), o));
		return new ResponsibilityIndex(Map.copyOf(entries), Map.copyOf(byId));
	}

	/**
	 * This snapshot with the matters of these ids replaced by the given ones (all of their entries and boundaries);
	 * a matter of the ids that is not given is dropped. The organisations are added to the ones known.
	 */
	public ResponsibilityIndex with(Set<Long> changedIds, Collection<Matter> matters,
			Collection<Empowerment> empowerments, Collection<Boundary> boundaries,
			Collection<Organization> named) {
		Map<String, Entry> entries = new HashMap<>(byCode);
		entries.values().removeIf(e -> changedIds.contains(e.matter().id()));
		entries(entries, matters, empowerments, boundaries);
		Map<Long, Organization> byId = new HashMap<>(organizations);
		named.forEach(o -> byId.put(o.id().value(), o));
		return new ResponsibilityIndex(Map.copyOf(entries), Map.copyOf(byId));
	}

	private static void entries(Map<String, Entry> entries, Collection<Matter> matters,
			Collection<Empowerment> empowerments, Collection<Boundary> boundaries) {
		Map<String, Map<String, List<Empowerment>>> byTownship = new HashMap<>();
		for (Empowerment e : empowerments) {
			byTownship.computeIfAbsent(e.matterCode(), m -> new HashMap<>())
				.computeIfAbsent(e.township().value(), t -> new ArrayList<>())
				.add(e);
		}
		Map<String, Map<String, List<Boundary>>> byTerritory = new HashMap<>();
		for (Boundary b : boundaries) {
			byTerritory.computeIfAbsent(b.matterCode(), m -> new HashMap<>())
				.computeIfAbsent(b.territory().value(), t -> new ArrayList<>())
				.add(b);
		}
		for (Matter m : matters) {
			entries.put(m.code(), new Entry(m, sorted(byTownship.get(m.code()), EMPOWERMENT_ORDER),
					sorted(byTerritory.get(m.code()), BOUNDARY_ORDER)));
		}
	}

	private static <T> Map<String, List<T>> sorted(@Nullable Map<String, List<T>> lists, Comparator<T> order) {
		if (lists == null) {
			return Map.of();
		}
		Map<String, List<T>> copy = new HashMap<>();
		lists.forEach((key, list) -> copy.put(key, list.stream().sorted(order).toList()));
		return Map.copyOf(copy);
	}

	public Optional<Matter> matter(String code) {
		Entry entry = byCode.get(code);
		return entry == null ? Optional.empty() : Optional.of(entry.matter());
	}

	/** Every matter, by code. */
	public List<Matter> matters() {
		return byCode.values().stream().map(Entry::matter).sorted(Comparator.comparing(Matter::code)).toList();
	}

	public Optional<Organization> organization(long id) {
		return Optional.ofNullable(organizations.get(id));
	}

	/**
	 * The records that make a body responsible for the matter in the place on the day: the township's empowerment
	 * entries in force, or else the boundaries in force of the most specific territory containing the place (a
	 * territory is the place or one of its ancestors). Empty when nobody; several when several.
	 */
	public List<Object> candidates(String matterCode, DivisionCode place, LocalDate day) {
		Entry entry = byCode.get(matterCode);
		if (entry == null) {
			return List.of();
		}
		String code = place.value();
		int township = DivisionLevel.TOWNSHIP.codeLength();
		if (code.length() >= township) {
			List<Empowerment> listed = entry.byTownship().get(code.substring(0, township));
			if (listed != null) {
				List<Object> inForce = inForce(listed, day);
				if (!inForce.isEmpty()) {
					return inForce;
				}
			}
		}
		for (DivisionLevel level : DEEPEST_FIRST) {
			if (level.codeLength() > code.length()) {
				continue;
			}
			List<Boundary> defined = entry.byTerritory().get(code.substring(0, level.codeLength()));
			if (defined != null) {
				List<Object> inForce = inForce(defined, day);
				if (!inForce.isEmpty()) {
					return inForce;
				}
			}
		}
		return List.of();
	}

	private static List<Object> inForce(List<?> records, LocalDate day) {
		Object only = null;
		List<Object> several = null;
		for (Object r : records) {
			if (r instanceof Empowerment e ? e.inForceOn(day) : ((Boundary) r).inForceOn(day)) {
				if (only == null) {
					only = r;
				}
				else {
					if (several == null) {
						several = new ArrayList<>();
						several.add(only);
					}
					several.add(r);
				}
			}
		}
		return several != null ? List.copyOf(several) : only != null ? List.of(only) : List.of();
	}

	/** Matters, empowerment entries, boundaries and organisations held: for the size estimate the bench prints. */
	public String size() {
		long empowerments = byCode.values().stream()
			.flatMap(e -> e.byTownship().values().stream())
			.mapToLong(List::size)
			.sum();
		long boundaries = byCode.values().stream()
			.flatMap(e -> e.byTerritory().values().stream())
			.mapToLong(List::size)
			.sum();
		return byCode.size() + " matters, " + empowerments + " empowerment entries, " + boundaries + " boundaries, "
				+ organizations.size() + " organisations";
	}
}
