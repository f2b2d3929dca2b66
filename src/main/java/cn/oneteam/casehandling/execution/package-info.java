/**
 * 执行: service, payment, deferral, surcharge, demand, court application, own enforcement.
 */
@org.jspecify.annotations.NullMarked
package cn.oneteam.casehandling.execution;
