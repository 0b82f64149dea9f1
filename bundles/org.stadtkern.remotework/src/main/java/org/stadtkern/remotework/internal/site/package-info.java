/** Sites and spaces as operators describe them, and their rules: opening hours and booking policy. */
package org.stadtkern.remotework.internal.site;
