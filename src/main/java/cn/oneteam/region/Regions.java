package cn.oneteam.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.oneteam.platform.ReferenceDataChanged;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.TransactionEnd;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 行政区划查询: the division tree for every module: lookups by code, children, ancestors and search. */
@Service
@Transactional(readOnly = true)
public class Regions {

	static final int MAX_SEARCH_RESULTS = 50;

	/** Enough for a province's divisions down to villages; beyond it the cache starts again. */
	private static final int MAX_CACHED = 100_000;

	private final DivisionRepository divisions;

	/**
	 * Divisions found by code, kept until a division changes in any instance (the trigger of
	 * docs/adr/0054-responsibility-index.md); unknown codes are not kept, so a new division is found at once.
	 */
	private final Map<String, Division> found = new ConcurrentHashMap<>();

	/** Counts the changes, so that a division read before one is not kept after it. */
	private volatile long changes;

	Regions(DivisionRepository divisions) {
		this.divisions = divisions;
	}

	public Optional<Division> find(DivisionCode code) {
		Division cached = found.get(code.value());
		if (cached != null) {
			return Optional.of(cached);
		}
		long before = changes;
		Optional<Division> division = divisions.find(code);
		if (division.isPresent() && before == changes) {
			if (found.size() >= MAX_CACHED) {
				found.clear();
			}
			found.put(code.value(), division.get());
		}
		return division;
	}

	/** Before the listeners that reload (the catalogue's index): one that fails must not keep divisions stale. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	void forget(ReferenceDataChanged changed) {
		if (changed.touches("division")) {
			forgetAll();
		}
	}

	/**
	 * The current transaction changes divisions: nothing read from now on is kept, and the cache is emptied when the
	 * transaction ends, so that this instance reads its own import at once (other instances hear of it by notification).
	 */
	void changing() {
		forgetAll();
		TransactionEnd.then(this::forgetAll);
	}

	private synchronized void forgetAll() {
		changes++;
		found.clear();
	}

	/** The division, or a 404 problem naming the unknown code. */
	public Division require(DivisionCode code) {
		return find(code)
			.orElseThrow(() -> new RegionViolation(RegionViolation.NOT_FOUND, "region.unknown-division", code));
	}

	public List<Division> provinces() {
		return divisions.provinces();
	}

	public List<Division> children(DivisionCode parent) {
		require(parent);
		return divisions.children(parent);
	}

	/** The division and its ancestors, province first. */
	public List<Division> path(DivisionCode code) {
		List<String> codes = new ArrayList<>();
		for (Optional<DivisionCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
			codes.add(c.get().value());
		}
		List<Division> path = divisions.findAll(codes);
		if (path.stream().noneMatch(d -> d.code().equals(code))) {
			throw new RegionViolation(RegionViolation.NOT_FOUND, "region.unknown-division", code);
		}
		return path;
	}

	/**
	 * The division's full name as an address prints it, province down (青海省海西蒙古族藏族自治州德令哈市怀头他拉镇); empty
	 * when the code names no known division.
	 */
	public String fullName(String code) {
		try {
			return path(DivisionCode.of(code)).stream().map(Division::name).collect(Collectors.joining());
		}
		catch (RuleViolation unknownDivision) {
			return "";
		}
	}

	/** Divisions whose code starts with, or whose name contains, the text; at most 50. */
	public List<Division> search(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return List.of();
		}
		if (trimmed.length() > 50) {
			throw new RegionViolation(RegionViolation.BAD_REQUEST, "region.search-too-long", 50);
		}
		return divisions.search(trimmed, MAX_SEARCH_RESULTS);
	}
}
