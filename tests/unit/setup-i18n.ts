/**
 * Unit tests render components of any screen: register the lazily loaded message domains first,
 * as the router does before every screen other than home.
 */
import { loadLazyMessages } from '@/locales'

await loadLazyMessages()
