package org.hsctdata.fhir.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Marks an integration test class that starts servers of its own, as processes or as applications in this JVM, on
 * databases of its own, and never calls the shared test server: it runs on a thread of its own, beside the classes
 * that share the test server, which still run one after the other (pom.xml turns on JUnit's parallel execution with
 * classes in the same thread by default). Much of its time is spent waiting for its servers, so the two overlap;
 * classes so marked run one at a time among themselves, so that at most one of them starts servers at once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("own servers")
public @interface OwnServers {}
