/** Where to go after signing in: the page the user wanted, only if it is a path of this app. */
export function returnPath(search: string): string {
  const wanted = new URLSearchParams(search).get('redirect');
  if (
    !wanted?.startsWith('/') ||
    wanted.startsWith('//') ||
    wanted.startsWith('/\\') ||
    wanted.startsWith('/login')
  )
    return '/';
  return wanted;
}
