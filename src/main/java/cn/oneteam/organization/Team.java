package cn.oneteam.organization;

import org.jspecify.annotations.Nullable;

/** 队伍: a brigade, squad or stationed group of a body, with how many people it has. */
public record Team(long id, String name, TeamKind kind, @Nullable String townshipCode, int members) {
}
