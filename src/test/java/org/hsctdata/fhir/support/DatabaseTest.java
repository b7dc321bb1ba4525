package org.hsctdata.fhir.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks an integration test, a class or a method, whose outcome the database decides: it runs on H2 and again on
 * PostgreSQL. Failsafe runs every {@code *IT} on H2; its second execution, {@code integration-test-postgres} in
 * pom.xml, runs only the tests tagged {@value #TAG}.
 *
 * <p>Mark a test when what it asserts depends on something that differs between H2 and PostgreSQL: the SQL HAPI
 * generates (searches, {@code _include}, paging of stored search results, {@code $everything}), transactions and
 * their rollback, row versions, locking and isolation under concurrent writes, sequences and the ids of new rows,
 * constraints (unique search URLs, referential integrity), and the start-up and migration locks. Request checks,
 * security, validation and the web pages answer the same on either database and run on H2 only.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {

	/** The JUnit tag, named in pom.xml ({@code <groups>}). */
	String TAG = "database";
}
