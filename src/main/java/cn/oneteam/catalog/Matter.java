package cn.oneteam.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.EnforcementDomain;

/** 执法事项: a matter of the catalogue with its unified code and its versions, oldest first. */
public record Matter(long id, String code, EnforcementDomain domain, MatterKind kind, MatterLevel level,
		List<MatterVersion> versions) {

	public Matter {
		versions = versions.stream().sorted(Comparator.comparingInt(MatterVersion::version)).toList();
	}

	public Optional<MatterVersion> versionOn(LocalDate day) {
		return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
	}

	public MatterVersion latest() {
		return versions.get(versions.size() - 1);
	}
}
