import { z } from 'zod';
import { id, position } from '../fields';

/** Fields every node has. The label defaults to the id so a hand-written file stays short. */
export const nodeBaseShape = {
  id: id(),
  label: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  position: position(),
};
