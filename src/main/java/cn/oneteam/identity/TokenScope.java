package cn.oneteam.identity;

/** What a personal API token may do: only read (GET, HEAD), or everything its account may (docs/adr/0009-who-may-do-what.md). */
public enum TokenScope {

	READ, FULL
}
