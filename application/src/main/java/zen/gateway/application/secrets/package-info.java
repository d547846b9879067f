/** Sealing secrets with the master key: AES-GCM from the JDK. */
package zen.gateway.application.secrets;
