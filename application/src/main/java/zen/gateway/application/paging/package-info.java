/** Paging shared by the listings: the API's cursors mapped onto the stores' positions. */
package zen.gateway.application.paging;
