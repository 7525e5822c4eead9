import { NotFoundBody } from '@/components/layout/not-found-body';

/** A workspace page whose record does not exist (e.g. /manage/sites/unknown): the 404 inside the workspace's chrome. */
export default function WorkspaceNotFound() {
  return <NotFoundBody locale="zh" />;
}
