/** The open data catalog of the platform's datasets, in DCAT-AP.de 3.0 for GovData and as a page for people. */
package org.stadtkern.sensorthings.internal.catalog;
