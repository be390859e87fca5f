/**
 * The CPU time this thread has used, in ms (user + system; Node 23.9+). Unlike the clock, it does not
 * grow while the machine runs other work, nor with other threads' (storage writer, garbage collector helpers).
 */
export function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}
