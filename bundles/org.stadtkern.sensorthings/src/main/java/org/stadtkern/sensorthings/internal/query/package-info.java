/** Parsing of resource paths and query options ($filter, $expand, $select, $orderby, ...). */
package org.stadtkern.sensorthings.internal.query;
