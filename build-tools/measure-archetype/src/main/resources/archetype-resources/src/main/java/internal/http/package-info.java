/** ${title} over HTTP (not exported). */
package ${package}.internal.http;
