/**
 * 免检 / 无事不扰 / 无感监管 entries per subject and annual inspection caps kept as data, and the check inspections
 * call before a visit: ALLOWED, WARN or BLOCKED with the reasons (docs/adr/0024-quiet-periods-and-caps.md). Its API:
 * {@link cn.oneteam.subject.quiet.QuietPeriods}; a named interface of the subject module.
 */
@org.springframework.modulith.NamedInterface("quiet")
@org.jspecify.annotations.NullMarked
package cn.oneteam.subject.quiet;
