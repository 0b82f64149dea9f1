/** ${title}: the measure, its configuration and its store (not exported). */
package ${package}.internal;
