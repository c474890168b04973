/** The videogen domain: aggregates, value objects, events and rules, in plain Java. */
package io.videogen.domain;
