import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { deleteDocument, updateDocument } from '@/lib/server/services/documents';

type Params = { params: Promise<{ id: string }> };

export function PATCH(request: Request, { params }: Params) {
  return handle(request, async ({ actor, requestId, body }) =>
    updateDocument(actor, pathId('document', (await params).id), await body(), requestId),
  );
}

export function DELETE(request: Request, { params }: Params) {
  return handle(request, async ({ actor, requestId }) => deleteDocument(actor, pathId('document', (await params).id), requestId));
}
