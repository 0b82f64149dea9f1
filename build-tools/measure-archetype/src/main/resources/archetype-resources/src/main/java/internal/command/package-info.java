/** ${title} on the console (not exported). */
package ${package}.internal.command;
